using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SectorReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SectorReleases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MadeAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    K = table.Column<int>(type: "INTEGER", nullable: false),
                    Boards = table.Column<string>(type: "TEXT", nullable: false),
                    DataStamp = table.Column<string>(type: "TEXT", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectorReleases", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SectorReleases_MadeOn",
                table: "SectorReleases",
                column: "MadeOn",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SectorReleases");
        }
    }
}
