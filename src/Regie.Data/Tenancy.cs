namespace Regie.Data;

/// <summary>Who is working, and for which board. <see cref="RegieDbContext"/> reads and writes only that board's rows.</summary>
public interface ITenantContext
{
    /// <summary>The board; null for <see cref="TenantContext.System"/>, which owns no board.</summary>
    Guid? OrganisationId { get; }

    /// <summary>Recorded as the actor of every audit entry.</summary>
    string Actor { get; }
}

/// <summary>One board for the whole lifetime of a context: the CLI and tests.</summary>
public sealed record FixedTenant(Guid OrganisationId, string Actor) : ITenantContext
{
    Guid? ITenantContext.OrganisationId => OrganisationId;
}

/// <summary>
/// The system actor for seeding and administration. It belongs to no board, so the query filters show it no board's
/// rows: admin code that must see across boards says so at the call site, e.g.
/// <c>db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter])</c> to list all boards.
/// It may write a board's rows only when they carry that board's OrganisationId explicitly.
/// </summary>
public static class TenantContext
{
    public static ITenantContext System { get; } = new SystemTenant();

    private sealed record SystemTenant : ITenantContext
    {
        public Guid? OrganisationId => null;
        public string Actor => "system";
    }
}

public sealed class TenantViolationException(string message) : InvalidOperationException(message);
