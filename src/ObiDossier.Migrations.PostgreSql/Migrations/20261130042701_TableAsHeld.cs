using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ObiDossier.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TableAsHeld : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Capacity",
                table: "Sessions",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<string>(
                name: "OmCaseNumber",
                table: "Disclosures",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Disclosures",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OutcomeAt",
                table: "Disclosures",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeById",
                table: "Disclosures",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Route",
                table: "Disclosures",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "formal-report");

            migrationBuilder.AddColumn<string>(
                name: "Priority",
                table: "Cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "normal");

            migrationBuilder.CreateTable(
                name: "SessionMinutes",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Attendance = table.Column<string>(type: "text", nullable: false),
                    Decisions = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RecordedById = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionMinutes", x => x.SessionId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SessionMinutes");

            migrationBuilder.DropColumn(
                name: "Capacity",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "OmCaseNumber",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "OutcomeAt",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "OutcomeById",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "Route",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "Cases");
        }
    }
}
