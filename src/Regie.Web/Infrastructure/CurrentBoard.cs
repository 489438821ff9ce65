using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// The board this request works for and what the caller may do there, resolved once per request by
/// <see cref="TenancyMiddleware"/>. It is also the scoped <see cref="ITenantContext"/> that RegieDbContext filters by,
/// and the authorization handlers read the role from it (<see cref="BoardAccessHandler"/>).
/// </summary>
public sealed class CurrentBoard : ITenantContext
{
    public OrganisationEntity? Organisation { get; private set; }

    /// <summary>The boards this caller may open, for the switcher in the header; one board means no switcher.</summary>
    public IReadOnlyList<BoardChoice> Choices { get; private set; } = [];

    /// <summary>Who is working: a signed-in user, a token, the local administrator of laptop mode, or nobody.</summary>
    public Caller Caller { get; private set; } = Caller.Anonymous;

    /// <summary>The caller's role on <see cref="Organisation"/>; <see cref="BoardRole.None"/> without a board.</summary>
    public BoardRole Role { get; private set; }

    public Guid Id => Organisation?.Id ?? Guid.Empty;

    public bool IsDemo => Organisation?.IsDemo ?? false;

    Guid? ITenantContext.OrganisationId => Organisation?.Id;

    /// <summary>The audit's "who": the user's e-mail address (with "token:&lt;id&gt;" for an API token); "web" in laptop mode.</summary>
    public string Actor => Caller.Actor;

    internal void Set(Caller caller, OrganisationEntity? organisation, BoardRole role, IReadOnlyList<BoardChoice> choices) =>
        (Caller, Organisation, Role, Choices) = (caller, organisation, organisation is null ? BoardRole.None : role, choices);
}

/// <summary>Who makes the request, as the tenancy step found it.</summary>
/// <remarks>
/// <see cref="IsSectorAnalyst"/>: sees the sector's aggregates and the public scan's per-board results, never a board's rows
/// (issue 15). <see cref="AggregatesOnly"/>: a sector analyst's API token, which opens the aggregates and nothing else.
/// </remarks>
public sealed record Caller(Guid? UserId, string? Email, bool IsSystemAdministrator, Guid? TokenId, bool IsLaptop, bool IsSectorAnalyst = false, bool AggregatesOnly = false)
{
    /// <summary>May read the sector's aggregates (the shared sector picture, vraagmacht, the public scan's summary).</summary>
    public bool SeesSectorAggregates => IsSectorAnalyst || IsSystemAdministrator;

    /// <summary>May also read one register board's public scan results; a sector token may not.</summary>
    public bool SeesSectorBoards => SeesSectorAggregates && !AggregatesOnly;

    public static Caller Anonymous { get; } = new(null, null, false, null, false);

    /// <summary>The implicit local administrator of laptop mode (every address the app listens on is loopback).</summary>
    public static Caller Laptop { get; } = new(null, null, true, null, true);

    public bool IsSignedIn => IsLaptop || UserId is not null;

    public string Actor => IsLaptop ? "web"
        : TokenId is { } token ? $"{Email} token:{token}"
        : Email ?? "anoniem";
}

public sealed record BoardChoice(Guid Id, string Name, bool IsDemo)
{
    /// <summary>The name as the switcher shows it: the demo marked once, also when its stored name already says "(demo)".</summary>
    public string Label => IsDemo && !Name.Contains("(demo)", StringComparison.OrdinalIgnoreCase) ? $"{Name} (demo)" : Name;
}
