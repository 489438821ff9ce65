using Microsoft.EntityFrameworkCore;
using Regie.Core.Discovery;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Discovery.Dns;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Discovery;

/// <summary>
/// Runs DNS discovery over the board's domains and stores the run for review, for the page and the API alike.
/// The nameserver comes from Regie:Discovery:Nameserver ("host[:port]"); without it the machine's resolver answers.
/// </summary>
public sealed class DiscoveryRunner(RegieDbContext db, CurrentBoard board, SignatureSet signatures, RegieKnowledge knowledge, RangeTableCache ranges, IConfiguration configuration, TimeProvider time)
{
    /// <summary>At most this many domains per run from the web; the command line is for sector-wide runs.</summary>
    public const int MaxDomains = 50;

    public string? Nameserver => configuration["Regie:Discovery:Nameserver"];

    /// <summary>Checks the written domains; errors name the line (1-based) and what is wrong, in the reader's language.</summary>
    public static (IReadOnlyList<string> Domains, IReadOnlyList<string> Errors) ParseDomains(string? written, UiText text)
    {
        var domains = new List<string>();
        var errors = new List<string>();
        var lines = (written ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            if (DomainName.TryNormalise(lines[i], out var problem) is { } domain)
            {
                if (!domains.Contains(domain))
                {
                    domains.Add(domain);
                }
            }
            else
            {
                errors.Add(text["Domeinen, regel {0} ('{1}'): {2}.", i + 1, lines[i].Trim(), problem is null ? "" : text.Why(problem)]);
            }
        }

        if (domains.Count > MaxDomains)
        {
            errors.Add($"Domeinen: hoogstens {MaxDomains} domeinen per keer; gebruik 'regie discover --file' voor meer.");
        }

        return (domains, errors);
    }

    /// <summary>
    /// Checks the written domains as <see cref="ParseDomains"/> does, and then that each is the board's own (<see cref="OwnDomains"/>);
    /// the page and the API save or run nothing while there is an error.
    /// </summary>
    public async Task<(IReadOnlyList<string> Domains, IReadOnlyList<string> Errors)> CheckDomainsAsync(string? written, UiText text, CancellationToken cancellationToken)
    {
        var (domains, errors) = ParseDomains(written, text);
        return errors.Count > 0 ? (domains, errors) : (domains, await ForeignDomainsAsync(domains, text, cancellationToken));
    }

    /// <summary>One error for each domain that is not the board's own, in the reader's language; empty when all are.</summary>
    public async Task<IReadOnlyList<string>> ForeignDomainsAsync(IReadOnlyList<string> domains, UiText text, CancellationToken cancellationToken)
    {
        if (domains.Count == 0)
        {
            return [];
        }

        var evidence = await db.OwnDomainEvidenceAsync(board.Id, cancellationToken);
        return [.. OwnDomains.Foreign(domains, evidence).Select(f => text["Domeinen: {0}.", text.Why(f.Why)])];
    }

    /// <summary>Saves the board's domains (the list discovery runs over).</summary>
    /// <summary>
    /// Replaces the board's domains while they still have <paramref name="expectedVersion"/> (null: any, as for a client that
    /// never read one); false when someone else changed them first (nothing stored).
    /// </summary>
    public async Task<bool> SaveDomainsAsync(IReadOnlyList<string> domains, string? expectedVersion, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FindAsync([board.Id], cancellationToken)
            ?? throw new InvalidOperationException("Geen bestuur gekozen.");
        return await EditVersion.SaveIfUnchangedAsync(db, expectedVersion, async () =>
        {
            await db.Entry(organisation).ReloadAsync(cancellationToken);
            return DomainsVersionOf(organisation.Domains);
        }, async () =>
        {
            organisation.Domains = [.. domains];
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The version of the board's stored domains, which the domains form and the API's ETag carry.</summary>
    public static string DomainsVersionOf(IReadOnlyList<string>? domains) => EditVersion.OfValues([domains ?? []]);

    /// <summary>The board's saved domains, read fresh (the request's board was loaded before any change in this request).</summary>
    public async Task<IReadOnlyList<string>> DomainsAsync(CancellationToken cancellationToken) =>
        await db.Organisations.Where(o => o.Id == board.Id).Select(o => o.Domains).SingleOrDefaultAsync(cancellationToken) ?? [];

    /// <summary>Discovers the board's saved domains and stores the run; earlier decisions carry over.</summary>
    public async Task<DiscoveryRunEntity> RunAsync(CancellationToken cancellationToken)
    {
        var domains = await DomainsAsync(cancellationToken);
        var started = time.GetUtcNow();
        var results = await DiscoverAsync(domains, cancellationToken);
        return await db.RecordDiscoveryRunAsync(results, Nameserver, started, time.GetUtcNow(), cancellationToken);
    }

    private async Task<IReadOnlyList<DomainDiscovery>> DiscoverAsync(IReadOnlyList<string> domains, CancellationToken cancellationToken)
    {
        var options = new DnsDiscoveryOptions
        {
            Nameserver = Nameserver is { Length: > 0 } ns ? DnsDiscoveryOptions.ParseNameserver(ns) : null,
            Concurrency = 4,
            Ranges = await ranges.GetAsync(db, cancellationToken),
            Catalog = knowledge.Catalog,
        };
        return await new DnsDiscoverer(signatures, options).DiscoverManyAsync(domains, ct: cancellationToken);
    }
}
