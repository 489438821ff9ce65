using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// The board this request works for, resolved once per request by <see cref="TenancyMiddleware"/>.
/// It is also the scoped <see cref="ITenantContext"/> that RegieDbContext filters by.
/// </summary>
public sealed class CurrentBoard : ITenantContext
{
    public OrganisationEntity? Organisation { get; private set; }

    /// <summary>All boards, for the switcher in the header; one board means no switcher.</summary>
    public IReadOnlyList<BoardChoice> Choices { get; private set; } = [];

    public Guid Id => Organisation?.Id ?? Guid.Empty;

    public bool IsDemo => Organisation?.IsDemo ?? false;

    Guid? ITenantContext.OrganisationId => Organisation?.Id;

    // No login yet (see docs): every change made through the web or API is recorded as "web".
    public string Actor => "web";

    internal void Set(OrganisationEntity organisation, IReadOnlyList<BoardChoice> choices) =>
        (Organisation, Choices) = (organisation, choices);
}

public sealed record BoardChoice(Guid Id, string Name, bool IsDemo)
{
    /// <summary>The name as the switcher shows it: the demo marked once, also when its stored name already says "(demo)".</summary>
    public string Label => IsDemo && !Name.Contains("(demo)", StringComparison.OrdinalIgnoreCase) ? $"{Name} (demo)" : Name;
}
