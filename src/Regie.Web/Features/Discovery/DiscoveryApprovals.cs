using Regie.Core.Discovery;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Discovery;

/// <summary>
/// A system administrator's approval of a domain for the board's discovery, for the /discovery page and the API alike:
/// the way for a domain that is not shown to be the board's own by DUO's register or its members' e-mail (<see cref="OwnDomains"/>).
/// </summary>
public sealed class DiscoveryApprovals(RegieDbContext db, CurrentBoard board, TimeProvider time)
{
    /// <summary>Only a system administrator signed in (or laptop mode's local one), never through a token.</summary>
    public bool MayApprove => board.Caller is { IsSystemAdministrator: true, TokenId: null } && board.Organisation is not null;

    public Task<IReadOnlyList<string>> ApprovedAsync(CancellationToken ct) => db.ApprovedDomainsAsync(board.Id, ct);

    /// <summary>Approves or withdraws a written domain; an error in the reader's language when it is no domain name.</summary>
    public async Task<string?> SetAsync(string written, bool approved, UiText text, CancellationToken ct)
    {
        if (board.Organisation is null)
        {
            return text["Geen bestuur gekozen."];
        }

        if (!MayApprove)
        {
            throw new InvalidOperationException("Only a system administrator approves domains.");
        }

        if (DomainName.TryNormalise(written, out var problem) is not { } domain)
        {
            return text["Domein '{0}': {1}.", written.Trim(), problem is null ? "" : text.Why(problem)];
        }

        await db.SetDomainApprovalAsync(board.Id, domain, approved, board.Actor, time.GetUtcNow(), ct);
        return null;
    }
}
