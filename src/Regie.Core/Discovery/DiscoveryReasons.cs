using Regie.Core.Explaining;

namespace Regie.Core.Discovery;

// Why a written domain name is not one (DomainName.TryNormalise).

public sealed record DomainWithScheme : DiscoveryReason;

public sealed record DomainNotValid : DiscoveryReason;

public sealed record DomainTooFewLabels : DiscoveryReason;

public sealed record DomainLabelNotValid(int MaxLength) : DiscoveryReason;

// What the classifier noticed about a domain (DomainDiscovery.Remarks).

public sealed record NameServersNotRecognised(IReadOnlyList<string> Hosts) : DiscoveryReason;

public sealed record SpfNamesSeveralMailProviders(IReadOnlyList<string> Providers) : DiscoveryReason;

public sealed record NoMailboxBehindGateway : DiscoveryReason;

public sealed record MailExchangersNotRecognised(IReadOnlyList<string> Hosts) : DiscoveryReason;

public sealed record NoMailExchangers : DiscoveryReason;

// What the DNS collector noticed on the way (DnsObservations.Notes): a name that could not be read, a loop, a limit reached.

/// <summary>How a DNS question failed: the answer's rcode (NXDOMAIN, SERVFAIL, REFUSED), no answer, or another error.</summary>
public enum DnsFailure { NotFound, ServerFailure, Refused, TimedOut, Other }

/// <summary>The domain as written is not a host name, so nothing was asked.</summary>
public sealed record NotADomainName(string Written) : DiscoveryReason;

/// <summary>
/// A question for <paramref name="RecordType"/> records at <paramref name="Name"/> failed; <paramref name="Detail"/> is the
/// resolver's own technical word for <see cref="DnsFailure.Other"/> (an rcode like FORMERR, a socket error).
/// </summary>
public sealed record LookupFailed(string RecordType, string Name, DnsFailure Failure, string? Detail = null) : DiscoveryReason;

/// <summary>The CNAME chain from <paramref name="Start"/> came back to <paramref name="Target"/>, a name it had already passed.</summary>
public sealed record CnameLoop(string Start, string Target) : DiscoveryReason;

/// <summary>The CNAME chain from <paramref name="Start"/> was longer than <paramref name="MaxSteps"/> hops and was not followed further.</summary>
public sealed record CnameChainTooLong(string Start, int MaxSteps) : DiscoveryReason;

/// <summary>More than one SPF record at <paramref name="Name"/> (RFC 7208 §4.5 makes that an error); the first is read.</summary>
public sealed record SeveralSpfRecords(string Name, int Count) : DiscoveryReason;

/// <summary>Expanding SPF needed more than <paramref name="Limit"/> DNS look-ups (RFC 7208 §4.6.4); the rest was not followed.</summary>
public sealed record SpfLookupLimitReached(int Limit) : DiscoveryReason;

/// <summary>An SPF include: or redirect= led back to <paramref name="Target"/>, a record already being expanded.</summary>
public sealed record SpfLoop(string Target) : DiscoveryReason;

/// <summary>
/// A note kept as text: a note of a run stored before notes were values (or of an old checkpoint), shown as it was written,
/// and a stored note whose code this version does not know.
/// </summary>
public sealed record CollectorNote(string Text) : DiscoveryReason;

// Why a board may or may not discover a domain (OwnDomains.Judge): discovery runs only for the board's own domains.

/// <summary>The domain is, or lies under, the website of the board or one of its schools in DUO's register.</summary>
public sealed record DomainIsRegisterWebsite(string Domain, string Website, string Holder) : DiscoveryReason;

/// <summary>The domain is, or lies under, the e-mail domain of a member of the board.</summary>
public sealed record DomainIsMemberMailDomain(string Domain, string MailDomain) : DiscoveryReason;

/// <summary>A system administrator approved the domain (or a parent of it) for this board.</summary>
public sealed record DomainApprovedForBoard(string Domain, string Approved) : DiscoveryReason;

/// <summary>A name reserved for testing and examples (RFC 2606, RFC 6761): nobody's, so discovering it reaches no one.</summary>
public sealed record DomainReservedForTesting(string Domain) : DiscoveryReason;

/// <summary>Nothing shows the domain is the board's own: refused until a system administrator approves it.</summary>
public sealed record DomainNotTheBoardsOwn(string Domain) : DiscoveryReason;
