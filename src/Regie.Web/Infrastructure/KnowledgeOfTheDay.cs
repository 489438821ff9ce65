using Regie.Core.Knowledge;

namespace Regie.Web.Infrastructure;

/// <summary>
/// A vendor's answer in the catalog counts twelve months and Regie runs one release for months, so each day's knowledge is
/// made once (<see cref="RegieKnowledge.AsOf"/>). Requests get <see cref="Today"/>; a long-lived service asks <see cref="On"/>.
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
        if (held is { } kept && kept.Day == day)
        {
            return kept.Knowledge;
        }

        // Only a later day replaces the held one: a sector run that crossed midnight asking for yesterday must not make every
        // request after it rebuild today's. A race on the first request of a day makes the same knowledge twice; either is right.
        var knowledge = released.AsOf(day);
        if (held is not { } current || current.Day < day)
        {
            held = new Held(day, knowledge);
        }

        return knowledge;
    }

    private sealed record Held(DateOnly Day, RegieKnowledge Knowledge);
}
