using Regie.Core.Explaining;

namespace Regie.Core.Discovery;

/// <summary>What a finding is about: the area of the board's IT it reveals.</summary>
/// <remarks><see cref="MailGateway"/>: a filter in front of the real mailbox (SpamExperts, Proofpoint, SURFmailfilter).</remarks>
public enum FindingArea { Mail, Identity, Collaboration, Video, DeviceManagement, DnsHosting, WebHosting, MailSending, Verification, Other, MailGateway }

/// <summary>One DNS record (or file row) that proves a finding: its type, the name it was read at and its value.</summary>
public sealed record Evidence(string RecordType, string Name, string Value);

/// <summary>
/// A dependency found for one domain: which provider delivers which service, how sure Regie is (0–1), the rule that
/// decided it and the records that prove it. <see cref="ProductId"/> is the catalog product when the signature names one.
/// </summary>
public sealed record Finding(
    string Domain,
    FindingArea Area,
    string ProviderId,
    string ProviderName,
    string? ProductId,
    string ServiceName,
    string? Jurisdiction,
    double Confidence,
    string Rule,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>The same dependency in two runs has the same key, so a later run can say what changed.</summary>
    public string Key => $"{Domain}|{Area}|{ProviderId}|{ProductId ?? ServiceName}".ToLowerInvariant();
}

/// <summary>How the look-ups for one domain went.</summary>
public enum DomainOutcome { Resolved, NotFound, ServerFailure, TimedOut, Invalid }

/// <summary>
/// Everything discovered for one domain, with notes on what went wrong or was odd (a loop, a limit reached, an MX not
/// recognised) as values: the renderer words them in the reader's language, and storage keeps them as
/// <c>{code, args}</c> (<see cref="StoredNotes"/>) so a stored run is read again in any language.
/// </summary>
public sealed record DomainDiscovery(string Domain, DomainOutcome Outcome, IReadOnlyList<Finding> Findings, IReadOnlyList<DiscoveryReason> Notes);

/// <summary>Where a proposed finding stands after the board's review.</summary>
public enum FindingReview { Proposed, Accepted, Rejected }
