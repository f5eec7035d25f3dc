using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ObiDossier.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ObiDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ObiReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkflowName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkflowVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PeriodFrom = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    PeriodTo = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    DraftedById = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AuthorIds = table.Column<string>(type: "TEXT", nullable: false),
                    Analysis = table.Column<string>(type: "TEXT", nullable: true),
                    AnalysisFindings = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousReportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FiguresJson = table.Column<string>(type: "TEXT", nullable: true),
                    ApprovedById = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DistributedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObiReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ObiSignals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkflowName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkflowVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IntakeOrganisation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AuthorIds = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedById = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Findings = table.Column<string>(type: "TEXT", nullable: false),
                    SubmitOverrideMotivation = table.Column<string>(type: "TEXT", nullable: true),
                    StateActor = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Conduct = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Instrument = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Community = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Effect = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Narrative = table.Column<string>(type: "TEXT", nullable: false),
                    ReferredToPolice = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SharedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReporterShreddedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObiSignals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ObiFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObiFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObiFollowUps_ObiReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ObiReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ObiFollowUps_ReportId_RecordedAt",
                table: "ObiFollowUps",
                columns: new[] { "ReportId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ObiReports_CreatedAt_Reference",
                table: "ObiReports",
                columns: new[] { "CreatedAt", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_ObiReports_PeriodFrom",
                table: "ObiReports",
                column: "PeriodFrom",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObiReports_Reference",
                table: "ObiReports",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObiSignals_IntakeOrganisation_CreatedAt_Reference",
                table: "ObiSignals",
                columns: new[] { "IntakeOrganisation", "CreatedAt", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_ObiSignals_Reference",
                table: "ObiSignals",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObiSignals_ReportId",
                table: "ObiSignals",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ObiSignals_State_CreatedAt_Reference",
                table: "ObiSignals",
                columns: new[] { "State", "CreatedAt", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_ObiSignals_State_Period",
                table: "ObiSignals",
                columns: new[] { "State", "Period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ObiFollowUps");

            migrationBuilder.DropTable(
                name: "ObiSignals");

            migrationBuilder.DropTable(
                name: "ObiReports");
        }
    }
}
