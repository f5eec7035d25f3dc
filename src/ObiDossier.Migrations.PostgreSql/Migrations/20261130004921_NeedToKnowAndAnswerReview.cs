using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ObiDossier.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class NeedToKnowAndAnswerReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SummaryAuthorIds",
                table: "Cases",
                type: "text",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AnswerApprovedAt",
                table: "CaseQuestions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerApprovedById",
                table: "CaseQuestions",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseTeamMembers",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddedById = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTeamMembers", x => new { x.CaseId, x.UserId });
                });

            // Cases that exist already: their author is their team, as for every new case.
            migrationBuilder.Sql(
                "INSERT INTO \"CaseTeamMembers\" (\"CaseId\", \"UserId\", \"DisplayName\", \"AddedById\", \"AddedAt\") " +
                "SELECT \"Id\", \"AuthorId\", \"AuthorId\", \"AuthorId\", \"CreatedAt\" FROM \"Cases\";");

            // Answers given before answers were reviewed were OM's to read already; they stay so.
            migrationBuilder.Sql(
                "UPDATE \"CaseQuestions\" SET \"AnswerApprovedAt\" = \"AnsweredAt\", \"AnswerApprovedById\" = \"AnsweredById\" " +
                "WHERE \"AnsweredAt\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseTeamMembers");

            migrationBuilder.DropColumn(
                name: "SummaryAuthorIds",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AnswerApprovedAt",
                table: "CaseQuestions");

            migrationBuilder.DropColumn(
                name: "AnswerApprovedById",
                table: "CaseQuestions");
        }
    }
}
