using Regie.Core.Demo;
using Regie.Core.Knowledge;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>Stores the core's demo board (DEMO-BOARD.md) as rows. Runs as the system actor, so every row names its board.</summary>
public static class DemoSeeder
{
    public static readonly IReadOnlyList<string> Domains = ["voorbeeldonderwijs.nl", "leerling.voorbeeldonderwijs.nl"];

    public static async Task<OrganisationEntity> SeedAsync(RegieDbContext db, RegieKnowledge knowledge, CancellationToken cancellationToken = default)
    {
        var organisation = db.AddLandscape(DemoBoard.Create(knowledge), Domains);
        await db.SaveChangesAsync(cancellationToken);
        return organisation;
    }
}
