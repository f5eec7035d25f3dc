using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ObiDossier.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<string>(
                name: "OmCaseNumber",
                table: "Disclosures",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Disclosures",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OutcomeAt",
                table: "Disclosures",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeById",
                table: "Disclosures",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Route",
                table: "Disclosures",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "formal-report");

            migrationBuilder.AddColumn<string>(
                name: "Priority",
                table: "Cases",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "normal");

            migrationBuilder.CreateTable(
                name: "SessionMinutes",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Attendance = table.Column<string>(type: "TEXT", nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
