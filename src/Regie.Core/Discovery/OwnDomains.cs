using Regie.Core.Explaining;
using Regie.Core.Observatory;

namespace Regie.Core.Discovery;

/// <summary>A website in DUO's register and whose it is (the board, or one of its schools by name).</summary>
public sealed record RegisterWebsite(string Holder, string? Website);

/// <summary>What shows which domains a board owns: its register websites, its members' e-mail addresses, its approvals.</summary>
public sealed record OwnDomainEvidence(IReadOnlyList<RegisterWebsite> RegisterWebsites, IReadOnlyList<string> MemberEmails, IReadOnlyList<string> Approved)
{
    public static OwnDomainEvidence None { get; } = new([], [], []);
}

/// <summary>The answer for one domain: whether the board may discover it, and why (a reason to show either way).</summary>
public sealed record DomainOwnership(string Domain, bool IsOwn, DiscoveryReason Why);

/// <summary>
/// Discovery asks a nameserver about a domain's mail, sign-in and hosting; a board may ask only about its own domains, so a
/// shared server is not a tool to map another organisation (issue 13, point 5). A domain counts as the board's own when it,
/// or a parent of it, is a register website of the board or its schools, a member's e-mail domain, or approved by a system
/// administrator; names reserved for testing belong to nobody and are allowed.
/// </summary>
public static class OwnDomains
{
    // RFC 2606 and RFC 6761: special-use names that are never delegated on the public internet.
    private static readonly string[] ReservedTopLevel = ["test", "example", "invalid", "localhost"];
    private static readonly string[] ReservedSecondLevel = ["example.com", "example.net", "example.org"];

    // Mailboxes anybody can open: a member's address there says nothing about whose domain it is. Not a complete list of
    // such services; an address at one it misses still gives only that domain, which a system administrator can withdraw.
    private static readonly HashSet<string> OpenMailboxDomains = new(StringComparer.Ordinal)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com", "mac.com",
        "yahoo.com", "aol.com", "gmx.de", "gmx.net", "web.de", "proton.me", "protonmail.com", "tutanota.com", "tuta.io",
        "mailbox.org", "ziggo.nl", "kpnmail.nl", "hetnet.nl", "planet.nl", "home.nl", "xs4all.nl", "hotmail.nl", "live.nl",
        "outlook.nl", "yahoo.nl",
    };

    /// <summary>Judges one normalised domain name (<see cref="DomainName.TryNormalise"/>).</summary>
    public static DomainOwnership Judge(string domain, OwnDomainEvidence evidence)
    {
        if (ReservedTopLevel.Any(t => IsAtOrUnder(domain, t)) || ReservedSecondLevel.Any(d => IsAtOrUnder(domain, d)))
        {
            return new(domain, true, new DomainReservedForTesting(domain));
        }

        foreach (var site in evidence.RegisterWebsites)
        {
            if (RegisterDomains.FromWebsite(site.Website) is { } own && IsAtOrUnder(domain, own))
            {
                return new(domain, true, new DomainIsRegisterWebsite(domain, own, site.Holder));
            }
        }

        foreach (var email in evidence.MemberEmails)
        {
            if (MailDomain(email) is { } own && !OpenMailboxDomains.Contains(own) && IsAtOrUnder(domain, own))
            {
                return new(domain, true, new DomainIsMemberMailDomain(domain, own));
            }
        }

        foreach (var approved in evidence.Approved)
        {
            if (IsAtOrUnder(domain, approved))
            {
                return new(domain, true, new DomainApprovedForBoard(domain, approved));
            }
        }

        return new(domain, false, new DomainNotTheBoardsOwn(domain));
    }

    /// <summary>The domains that are not the board's own, in the order given; empty when all are.</summary>
    public static IReadOnlyList<DomainOwnership> Foreign(IEnumerable<string> domains, OwnDomainEvidence evidence) =>
        [.. domains.Select(d => Judge(d, evidence)).Where(o => !o.IsOwn)];

    private static string? MailDomain(string email)
    {
        var at = email.LastIndexOf('@');
        return at < 0 ? null : DomainName.TryNormalise(email[(at + 1)..], out _);
    }

    private static bool IsAtOrUnder(string domain, string parent) =>
        domain == parent || domain.EndsWith("." + parent, StringComparison.Ordinal);
}
