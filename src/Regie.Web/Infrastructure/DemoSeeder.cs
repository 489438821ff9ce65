using Regie.Core.Demo;
using Regie.Core.Knowledge;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>Stores the core's demo board (DEMO-BOARD.md) as rows. Runs as the system actor, so every row names its board.</summary>
public static class DemoSeeder
{
    public static readonly IReadOnlyList<string> Domains = ["voorbeeldonderwijs.nl", "leerling.voorbeeldonderwijs.nl"];

    /// <summary>Who approved the demo board's domains in the audit: the installation itself, not a person.</summary>
    public const string Actor = "system:demobestuur";

    public static async Task<OrganisationEntity> SeedAsync(RegieDbContext db, RegieKnowledge knowledge, CancellationToken cancellationToken = default)
    {
        var organisation = db.AddLandscape(DemoBoard.Create(knowledge), Domains);
        await db.SaveChangesAsync(cancellationToken);

        // The demo board is fictional, so neither DUO's register nor a member's address shows its domains as its own, and
        // "Nu ontdekken" would be refused on the very first visit. Its domains are approved as a system administrator would.
        var at = DateTimeOffset.UtcNow;
        foreach (var domain in Domains)
        {
            await db.SetDomainApprovalAsync(organisation.Id, domain, approved: true, Actor, at, cancellationToken);
        }

        return organisation;
    }
}
