using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MadeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "date", nullable: false),
                    K = table.Column<int>(type: "integer", nullable: false),
                    Boards = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    DataStamp = table.Column<string>(type: "text", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
