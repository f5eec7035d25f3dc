using Xunit;
using Xunit.Sdk;

namespace ObiDossier.Testing;

/// <summary>
/// A fact that needs the PostgreSQL test server: skipped with the reason when
/// <c>OBIDOSSIER_TEST_POSTGRES</c> is not set, and failed instead when <c>CI=true</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("ObiDossier.Testing.PostgresFactDiscoverer", "ObiDossier.Testing")]
public sealed class PostgresFactAttribute : FactAttribute;

/// <summary>The theory counterpart of <see cref="PostgresFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("ObiDossier.Testing.PostgresTheoryDiscoverer", "ObiDossier.Testing")]
public sealed class PostgresTheoryAttribute : TheoryAttribute;

/// <summary>
/// A fact in a base class whose derived classes run it on different databases: it needs the
/// PostgreSQL test server only in a class marked <see cref="RunsOnPostgresAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("ObiDossier.Testing.PostgresFactDiscoverer", "ObiDossier.Testing")]
public sealed class DatabaseFactAttribute : FactAttribute;

/// <summary>The theory counterpart of <see cref="DatabaseFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("ObiDossier.Testing.PostgresTheoryDiscoverer", "ObiDossier.Testing")]
public sealed class DatabaseTheoryAttribute : TheoryAttribute;

/// <summary>Marks a test class whose <see cref="DatabaseFactAttribute"/> tests run on PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RunsOnPostgresAttribute : Attribute;
