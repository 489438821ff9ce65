using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.History;

/// <summary>
/// Keeps "a snapshot per day on which anything changed" also for a day on which nobody opened the board
/// (docs/HISTORY.md): every <see cref="MinutesKey"/> minutes (default 5; 0 switches it off, as the tests do unless they
/// ask) it takes the daily snapshot of each board whose data changed since its newest snapshot. Cheap when nothing
/// changed: two small queries a board.
/// </summary>
public sealed class DailySnapshotSweep(
    DatabaseSettings settings, KnowledgeOfTheDay knowledge, TimeProvider time, IConfiguration configuration, ILogger<DailySnapshotSweep> log) : BackgroundService
{
    public const string MinutesKey = "Regie:History:SweepMinutes";

    /// <summary>Recorded as the actor of the snapshots the sweep writes.</summary>
    public const string Actor = "regie (dagelijkse momentopname)";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = Math.Clamp(configuration.GetValue(MinutesKey, 5), 0, 24 * 60);
        if (minutes == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var written = await SweepAsync(stoppingToken);
                if (written > 0)
                {
                    log.LogInformation("Daily snapshots written for {Boards} changed boards", written);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database that is briefly away must not stop the sweep for good: the next tick tries again.
                log.LogWarning(e, "The daily snapshot sweep failed; it tries again in {Minutes} minutes", minutes);
            }
        }
    }

    /// <summary>One sweep over all boards; returns how many snapshots it wrote.</summary>
    public Task<int> SweepAsync(CancellationToken ct) => Snapshots.KeepDailyForChangedBoardsAsync(settings, knowledge.Today, time, Actor, ct);
}
