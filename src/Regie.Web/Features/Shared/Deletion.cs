namespace Regie.Web.Features.Shared;

public enum DeletionOutcome { Deleted, NotFound, Refused, Stale }

/// <summary>What a delete operation did; <see cref="Refusal"/> says in Dutch why a row still in use was kept.</summary>
public sealed record Deletion(DeletionOutcome Outcome, string? Refusal = null)
{
    public static readonly Deletion Deleted = new(DeletionOutcome.Deleted);
    public static readonly Deletion NotFound = new(DeletionOutcome.NotFound);

    /// <summary>The row was changed after the version the caller sent: nothing deleted.</summary>
    public static readonly Deletion Stale = new(DeletionOutcome.Stale);

    public static Deletion Refused(string refusal) => new(DeletionOutcome.Refused, refusal);
}
