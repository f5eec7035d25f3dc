using System.Text.Json;

namespace ObiDossier.Web.Hosting;

internal static class JsonDefaults
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
