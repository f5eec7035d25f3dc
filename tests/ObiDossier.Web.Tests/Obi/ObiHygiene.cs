using System.Text;

namespace ObiDossier.Web.Tests.Obi;

/// <summary>Finding marker values where they must never be: files of the data folder (UTF-8 and UTF-16).</summary>
internal static class ObiHygiene
{
    public static List<string> FilesHolding(string dataDir, IEnumerable<string> markers)
    {
        var leaks = new List<string>();
        foreach (var file in Directory.GetFiles(dataDir, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var value in markers)
                if (bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(value)) >= 0)
                    leaks.Add($"{Path.GetRelativePath(dataDir, file)} holds a reporter value");
        }
        return leaks;
    }
}
