using Regie.Core.Knowledge;

namespace Regie.Web.Infrastructure;

/// <summary>
/// The knowledge as released (read once at start-up) and as it counts today: a vendor's answer in the catalog (confidence
/// <c>stated</c>) counts twelve months, and Regie runs one release for months, so the catalog of the day is made once per day
/// (<see cref="RegieKnowledge.AsOf"/>; the released instance itself while no answer ran out). Every request's
/// <see cref="RegieKnowledge"/> comes from here; a long-lived service asks <see cref="On"/> with the day it works for.
/// </summary>
public sealed class KnowledgeOfTheDay(RegieKnowledge released, TimeProvider time)
{
    // One reference, written whole: readers on other threads never see a day with another day's knowledge.
    private volatile Held? held;

    /// <summary>The knowledge as read from the data folder, before any answer's expiry (discovery's signatures are built on it).</summary>
    public RegieKnowledge Released => released;

    public RegieKnowledge Today => On(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));

    public RegieKnowledge On(DateOnly day)
    {
        // A race on the first request of a day makes the same knowledge twice; either copy is right, and the newer one stays.
        if (held is { } kept && kept.Day == day)
        {
            return kept.Knowledge;
        }

        var knowledge = released.AsOf(day);
        held = new Held(day, knowledge);
        return knowledge;
    }

    private sealed record Held(DateOnly Day, RegieKnowledge Knowledge);
}
