using Xunit.Abstractions;
using Xunit.Sdk;

namespace ObiDossier.Testing;

/// <summary>Discovers <see cref="PostgresFactAttribute"/> and <see cref="DatabaseFactAttribute"/> tests.</summary>
public sealed class PostgresFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        PostgresRequirement.Unmet(DiagnosticMessageSink, discoveryOptions, testMethod, factAttribute)
        ?? base.Discover(discoveryOptions, testMethod, factAttribute);
}

/// <summary>Discovers <see cref="PostgresTheoryAttribute"/> and <see cref="DatabaseTheoryAttribute"/> tests.</summary>
public sealed class PostgresTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        PostgresRequirement.Unmet(DiagnosticMessageSink, discoveryOptions, testMethod, theoryAttribute)
        ?? base.Discover(discoveryOptions, testMethod, theoryAttribute);
}

internal static class PostgresRequirement
{
    /// <summary>
    /// Null when the test may run as usual; otherwise the one test case that stands for it:
    /// skipped with the reason, or on CI failing with it (xunit 2 cannot skip at run time).
    /// </summary>
    public static IEnumerable<IXunitTestCase>? Unmet(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo attribute)
    {
        if (!NeedsPostgres(testMethod, attribute) || TestPostgres.ServerConnectionString is not null) return null;
        var display = options.MethodDisplayOrDefault();
        var displayOptions = options.MethodDisplayOptionsOrDefault();
        IXunitTestCase testCase = TestPostgres.OnCi
            ? new ExecutionErrorTestCase(sink, display, displayOptions, testMethod, "CI=true but " + TestPostgres.MissingMessage)
            : new XunitSkippedDataRowTestCase(sink, display, displayOptions, testMethod, TestPostgres.MissingMessage);
        return [testCase];
    }

    private static bool NeedsPostgres(ITestMethod testMethod, IAttributeInfo attribute)
    {
        var type = (attribute as IReflectionAttributeInfo)?.Attribute.GetType();
        return type == typeof(PostgresFactAttribute) || type == typeof(PostgresTheoryAttribute)
            || testMethod.TestClass.Class.GetCustomAttributes(typeof(RunsOnPostgresAttribute)).Any();
    }
}
