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

/// <summary>
/// A note kept as text: the DNS collector's (a loop, a limit reached, a time-out), which Regie.Discovery still words itself,
/// or any note read back from storage or a checkpoint.
/// </summary>
public sealed record CollectorNote(string Text) : DiscoveryReason;
