using Hangfire.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Cli;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Tests.Database;

/// <summary>
/// SQL Server cannot run on these machines, so its scripts are parsed as T-SQL (SQL Server 2022's
/// grammar, ScriptDom) instead: no syntax errors, and what they create is what the model expects.
/// </summary>
public sealed class SqlServerScriptTests
{
    private const string Placeholder = "Server=localhost;Database=obidossier;Encrypt=True";

    [Fact]
    public async Task The_migrate_script_for_sql_server_parses_as_t_sql_and_creates_every_table_column_and_index_of_the_model()
    {
        using var output = new StringWriter();
        Assert.Equal(0, await MaintenanceVerbs.MigrateAsync(
            ["--script", "--ObiDossier:Database:Provider=SqlServer", $"--ConnectionStrings:ObiDossier={Placeholder}"], output));

        var schema = SchemaOf(output.ToString());
        Assert.NotEmpty(schema.Indexes);

        var options = new DbContextOptionsBuilder<ObiDossierDbContext>();
        DatabaseSetup.Configure(options, new DatabaseConnection(DatabaseProvider.SqlServer, Placeholder));
        using var db = new ObiDossierDbContext(options.Options);
        var entities = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null).ToList();
        Assert.True(entities.Count >= 10);
        var missing = new List<string>();
        foreach (var entity in entities)
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            if (!schema.Columns.TryGetValue(table.Name, out var columns))
            {
                missing.Add($"table {table.Name}");
                continue;
            }
            missing.AddRange(entity.GetProperties().Select(p => p.GetColumnName(table)).OfType<string>()
                .Where(c => !columns.Contains(c)).Select(c => $"column {table.Name}.{c}"));
            missing.AddRange(entity.GetIndexes().Select(i => i.GetDatabaseName(table)).OfType<string>()
                .Where(i => !schema.Indexes.Contains($"{table.Name}.{i}")).Select(i => $"index {table.Name}.{i}"));
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void Hangfires_sql_server_installation_script_parses_as_t_sql_and_creates_its_tables_in_its_schema()
    {
        var script = SqlServerObjectsInstaller.GetInstallScript("HangFire", enableHeavyMigrations: false);

        var schema = SchemaOf(script);

        Assert.Contains("Job", schema.Columns.Keys);
        Assert.Contains("Server", schema.Columns.Keys);
        Assert.Contains("Hash", schema.Columns.Keys);
    }

    [Fact]
    public void A_script_with_a_syntax_error_is_caught()
    {
        Assert.Throws<Xunit.Sdk.TrueException>(() => SchemaOf("CREATE TABLE [T] ([Id] int NOT NULL,, );"));
    }

    /// <summary>Tables with their columns and the indexes, as the script leaves them; dynamic SQL (<c>EXEC(N'...')</c>) included.</summary>
    private static SchemaModel SchemaOf(string script)
    {
        var model = new SchemaModel();
        Parse(script, model);
        return model;
    }

    private static void Parse(string script, SchemaModel model)
    {
        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
        fragment.Accept(new SchemaCollector(model));
    }

    private sealed class SchemaModel
    {
        public Dictionary<string, HashSet<string>> Columns { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Indexes { get; } = new(StringComparer.Ordinal);
    }

    private sealed class SchemaCollector(SchemaModel model) : TSqlFragmentVisitor
    {
        public override void ExplicitVisit(CreateTableStatement node)
        {
            var columns = model.Columns[node.SchemaObjectName.BaseIdentifier.Value] = new(StringComparer.Ordinal);
            foreach (var column in node.Definition.ColumnDefinitions) columns.Add(column.ColumnIdentifier.Value);
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(DropTableStatement node)
        {
            foreach (var table in node.Objects) model.Columns.Remove(table.BaseIdentifier.Value);
        }

        public override void ExplicitVisit(AlterTableAddTableElementStatement node)
        {
            if (model.Columns.TryGetValue(node.SchemaObjectName.BaseIdentifier.Value, out var columns))
                foreach (var column in node.Definition.ColumnDefinitions) columns.Add(column.ColumnIdentifier.Value);
        }

        public override void ExplicitVisit(AlterTableDropTableElementStatement node)
        {
            if (model.Columns.TryGetValue(node.SchemaObjectName.BaseIdentifier.Value, out var columns))
                foreach (var element in node.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
                    columns.Remove(element.Name.Value);
        }

        public override void ExplicitVisit(CreateIndexStatement node) =>
            model.Indexes.Add($"{node.OnName.BaseIdentifier.Value}.{node.Name.Value}");

        public override void ExplicitVisit(DropIndexStatement node)
        {
            foreach (var clause in node.DropIndexClauses.OfType<DropIndexClause>())
                model.Indexes.Remove($"{clause.Object.BaseIdentifier.Value}.{clause.Index.Value}");
        }

        /// <summary>EF Core's idempotent scripts wrap some statements in <c>EXEC(N'...')</c>: parse those too.</summary>
        public override void ExplicitVisit(ExecuteStatement node)
        {
            if (node.ExecuteSpecification.ExecutableEntity is ExecutableStringList strings)
                Parse(string.Concat(strings.Strings.OfType<StringLiteral>().Select(s => s.Value)), model);
            else
                base.ExplicitVisit(node);
        }
    }
}
