using Microsoft.Extensions.Options;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Auth;

namespace ObiDossier.Web.Cli;

/// <summary>
/// <c>dev-token --user ID --role ROLE [--org ORG] [--name NAME]</c>: a token the local host accepts.
/// An OBI desk role needs an organisation that may hold it (<see cref="ObiOrganisations.Check"/>):
/// <c>--role obi-intake --org Politie</c>; analysts and coordinators are the NCTV's.
/// </summary>
internal static class DevTokenVerb
{
    public static int Run(string[] args)
    {
        var options = CommandLine.Options(args, out _);
        var user = options.GetValueOrDefault("user");
        var role = options.GetValueOrDefault("role");
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrWhiteSpace(role))
            return CommandLine.PrintUsage(Console.Error, 2, "dev-token needs --user and --role.");
        if (!Roles.Human.Contains(role))
            return CommandLine.PrintUsage(Console.Error, 2, $"Unknown role '{role}': use one of {string.Join(", ", Roles.Human)}.");
        var given = (options.GetValueOrDefault("org") ?? options.GetValueOrDefault("organisation")) is { Length: > 0 } org ? org : null;
        string organisation;
        if (ObiRoles.All.Contains(role))
        {
            // A desk role belongs to the organisations that may hold it; one with a single organisation needs no --org.
            organisation = given ?? (ObiOrganisations.ForRole[role] is [var only] ? only : "");
            if (ObiOrganisations.Check(role, organisation) is [var problem, ..])
                return CommandLine.PrintUsage(Console.Error, 2, $"{problem.Message} Give it with --org.");
        }
        else
        {
            organisation = given ?? Organisations.ForRole(role);
            if (!Organisations.All.Contains(organisation))
                return CommandLine.PrintUsage(Console.Error, 2, $"Unknown organisation '{organisation}': use IND or OM.");
            if (organisation != Organisations.ForRole(role))
                return CommandLine.PrintUsage(Console.Error, 2, $"The role '{role}' belongs to {Organisations.ForRole(role)}, not {organisation}.");
        }

        using var host = CommandLine.BuildToolHost(args);
        if (!host.Environment.IsDevelopment())
        {
            Console.Error.WriteLine($"dev-token works only in the Development environment, not in '{host.Environment.EnvironmentName}' (set ASPNETCORE_ENVIRONMENT=Development or --environment=Development).");
            return 1;
        }
        if (host.Services.GetRequiredService<IOptions<AuthOptions>>().Value.Development != true)
        {
            Console.Error.WriteLine("Development auth is off (ObiDossier:Auth:Development=false): dev-token tokens would not be accepted.");
            return 1;
        }
        var name = options.GetValueOrDefault("name") is { Length: > 0 } n ? n : user;
        Console.WriteLine(host.Services.GetRequiredService<DevTokens>().Issue(user, role, organisation, name));
        return 0;
    }
}
