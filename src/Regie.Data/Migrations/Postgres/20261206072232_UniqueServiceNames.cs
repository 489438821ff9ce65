using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UniqueServiceNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Services_OrganisationId_Name",
                table: "Services");

            // A board may already hold two services of one name (two imports at once could make them): the second and later
            // ones get " (2)", " (3)", … so the unique index can be built and nothing is lost (docs/IMPORTS.md).
            migrationBuilder.Sql(@"
UPDATE ""Services"" AS s SET ""Name"" = s.""Name"" || ' (' || d.n || ')'
FROM (SELECT ""Id"", ROW_NUMBER() OVER (PARTITION BY ""OrganisationId"", ""Name"" ORDER BY ""Id"") AS n FROM ""Services"") AS d
WHERE s.""Id"" = d.""Id"" AND d.n > 1;
");

            migrationBuilder.CreateIndex(
                name: "IX_Services_OrganisationId_Name",
                table: "Services",
                columns: new[] { "OrganisationId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Services_OrganisationId_Name",
                table: "Services");

            migrationBuilder.CreateIndex(
                name: "IX_Services_OrganisationId_Name",
                table: "Services",
                columns: new[] { "OrganisationId", "Name" });
        }
    }
}
