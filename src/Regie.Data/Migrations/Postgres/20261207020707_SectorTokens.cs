using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SectorTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "OrganisationId",
                table: "ApiTokens",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "ApiTokens",
                type: "text",
                nullable: false,
                // Every token made before this migration is a board token.
                defaultValue: "Board");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ApiTokens_Scope",
                table: "ApiTokens",
                sql: "(\"Scope\" = 'Board' AND \"OrganisationId\" IS NOT NULL) OR (\"Scope\" = 'SectorAggregates' AND \"OrganisationId\" IS NULL AND \"Role\" = 'None')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_ApiTokens_Scope",
                table: "ApiTokens");

            // A sector token has no board: it cannot survive going back to tokens that always name one.
            migrationBuilder.Sql("DELETE FROM \"ApiTokens\" WHERE \"Scope\" = 'SectorAggregates'");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "ApiTokens");

            migrationBuilder.AlterColumn<Guid>(
                name: "OrganisationId",
                table: "ApiTokens",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
