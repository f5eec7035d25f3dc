using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ObiDossier.Web.Tests.Resilience;

namespace ObiDossier.Web.Tests.Hosting;

/// <summary>
/// The real publish output, started the way the container starts it (the Dockerfile's publish
/// command, entry point and environment) but from an unrelated working directory: settings,
/// workflows, UI assets and texts are found beside the executable, and the Production pipeline
/// answers bad input with problem details.
/// </summary>
public sealed partial class PublishedServiceTests
{
    private static readonly string Repository = FindRepository();
    private static readonly string Dockerfile = Path.Combine(Repository, "src", "ObiDossier.Web", "deploy", "Dockerfile");

    [Fact]
    public async Task The_published_service_runs_from_any_working_directory_in_production_with_json_logs()
    {
        var work = Directory.CreateTempSubdirectory("obidossier-publish-").FullName;
        try
        {
            var docker = await File.ReadAllLinesAsync(Dockerfile);
            var publish = Assert.Single(docker, l => l.StartsWith("RUN dotnet publish ", StringComparison.Ordinal))["RUN ".Length..];
            var imageDir = PublishOutput().Match(publish).Groups[1].Value;
            Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{imageDir}/ObiDossier.Web.dll\"]", docker);
            var environment = docker.Where(l => l.StartsWith("ENV ", StringComparison.Ordinal))
                .Select(l => l["ENV ".Length..].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]);
            Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]);

            var output = Path.Combine(work, "app");
            await PublishAsync(PublishOutput().Replace(publish, $"-o {output}"));

            var elsewhere = Directory.CreateDirectory(Path.Combine(work, "elsewhere")).FullName;
            environment.Remove("ASPNETCORE_HTTP_PORTS"); // the test picks a free loopback port
            environment["ObiDossier__DataDir"] = Path.Combine(work, "data");
            environment["ObiDossier__Auth__Authority"] = "https://login.example.invalid/realms/obidossier";
            environment["ObiDossier__Jobs__Server"] = "false";
            await using var host = await HostProcess.StartAsync(Path.Combine(output, "ObiDossier.Web.dll"), elsewhere, environment, []);
            using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            var page = await client.GetStringAsync("/geen-toegang");
            Assert.Contains("Geen toegang", page, StringComparison.Ordinal); // the Dutch texts (resources) are there
            foreach (Match css in Stylesheet().Matches(page))
            {
                var asset = await client.GetAsync(css.Groups[1].Value);
                Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
                Assert.Equal("text/css", asset.Content.Headers.ContentType?.MediaType);
            }
            Assert.Equal(3, Stylesheet().Count(page));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api-reference")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);

            // Bad input in Production: problem details, never a 500 (no token gets further than this here).
            var badRequests = new[]
            {
                new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = new StringContent("{ \"summary\": ", System.Text.Encoding.UTF8, "application/json") },
                new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), Headers = { { "Authorization", "Bearer not.a.token" } } },
                new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases/not-a-guid"),
                // Expect: 100-continue, as clients send large bodies: the host answers before the body
                // is sent, instead of closing the connection while the client still writes it (a
                // broken pipe on the client's side, seen when the host answered first).
                new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = new ByteArrayContent(new byte[2 * 1024 * 1024]), Headers = { ExpectContinue = true } },
            };
            foreach (var request in badRequests)
            {
                var response = await client.SendAsync(request);
                Assert.True((int)response.StatusCode is >= 400 and < 500, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }

            // Logging:Console:FormatterName=json (the image's setting): one JSON object per line.
            var logs = host.Output.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Contains(logs, l => l.GetProperty("Category").GetString() == "Microsoft.Hosting.Lifetime" && l.GetProperty("LogLevel").GetString() == "Information");
            Assert.All(host.Output.Where(l => l.Length > 0), l => Assert.StartsWith("{", l, StringComparison.Ordinal));
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The Dockerfile's command, in this test run's configuration; without rebuilding when the build is already there.</summary>
    private static async Task PublishAsync(string command)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var c = args.IndexOf("-c");
        args[c + 1] = configuration;
        args.AddRange(["--no-build", "--nologo"]);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)}: {await stdout}{await stderr}");
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ObiDossier.sln"))) return dir.FullName;
        throw new InvalidOperationException("ObiDossier.sln not found above the test's folder.");
    }

    [GeneratedRegex(@"-o (\S+)")]
    private static partial Regex PublishOutput();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();
}
