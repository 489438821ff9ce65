using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Discovery.Boards;
using Regie.Web.Features.Shared;

namespace Regie.Web.Features.Boards;

/// <summary>A new board as the web form and <c>POST /api/v1/organisations</c> send it.</summary>
public sealed class BoardInput
{
    public string? Name { get; set; }

    public List<Sector> Sectors { get; set; } = [];

    public int Pupils { get; set; }

    public int Staff { get; set; }

    public List<SchoolInput> Schools { get; set; } = [];

    /// <summary>The process templates (data/processes.yaml) the board starts with; null means all of them as shipped.</summary>
    public List<ProcessChoice>? Processes { get; set; }
}

/// <summary>One school: <see cref="Sector"/> is po, vo, so or mbo; a blank BRIN means not known.</summary>
public sealed class SchoolInput
{
    public string? Name { get; set; }
    public string? Brin { get; set; }
    public string? Sector { get; set; }
    public int? Pupils { get; set; }
}

/// <summary>A process template to use (its key, e.g. "lesgeven"); <see cref="Essential"/> null keeps the template's choice.</summary>
public sealed class ProcessChoice
{
    public string? Key { get; set; }
    public bool? Essential { get; set; }
}

/// <summary>
/// Sets up a board from the web: the same rules and the same Dutch messages, naming the field, for the new-board page and the
/// API, and nothing stored when any rule fails. The board is written as itself (its own tenant, actor "web"), so its audit
/// trail starts with its creation.
/// </summary>
public static class BoardSetup
{
    public const int MaxNameLength = 200;

    /// <summary>Errors keyed by the <see cref="BoardInput"/> property they are about (schools as <c>Schools[0].Brin</c>); empty when the input is valid.</summary>
    public static async Task<Dictionary<string, string[]>> ValidateAsync(
        BoardInput input, RegieKnowledge knowledge, RegieDbContext db, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            Add(nameof(input.Name), "Naam: vul de naam van het schoolbestuur in.");
        }
        else if (name.Length > MaxNameLength)
        {
            Add(nameof(input.Name), $"Naam: hoogstens {MaxNameLength} tekens.");
        }
        else if (FieldRules.Name("Naam", name) is { } hidden)
        {
            Add(nameof(input.Name), hidden);
        }
        else
        {
            // Every board's name, across tenants: two boards of one name would be indistinguishable in the switcher.
            var names = await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).Select(o => o.Name).ToListAsync(cancellationToken);
            if (names.Any(n => string.Equals(n.Trim(), name, StringComparison.OrdinalIgnoreCase)))
            {
                Add(nameof(input.Name), $"Naam: er is al een schoolbestuur '{name}'.");
            }
        }

        if (input.Sectors.Count == 0)
        {
            Add(nameof(input.Sectors), "Sectoren: kies minstens één sector (po, vo, so of mbo).");
        }
        else if (input.Sectors.Any(s => !Enum.IsDefined(s)))
        {
            Add(nameof(input.Sectors), "Sectoren: kies uit po, vo, so en mbo.");
        }

        if (FieldRules.Count("Aantal leerlingen", input.Pupils) is { } pupils)
        {
            Add(nameof(input.Pupils), pupils);
        }

        if (FieldRules.Count("Aantal medewerkers", input.Staff) is { } staff)
        {
            Add(nameof(input.Staff), staff);
        }

        var brins = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < input.Schools.Count; i++)
        {
            var school = input.Schools[i];
            var (_, problems) = SchoolList.Read(school.Name, school.Brin, school.Sector, school.Pupils?.ToString(CultureInfo.InvariantCulture));
            var label = $"School {i + 1}" + (string.IsNullOrWhiteSpace(school.Name) ? "" : $" ({school.Name.Trim()})");
            foreach (var problem in problems)
            {
                Add($"{nameof(input.Schools)}[{i}].{problem.Field}", $"{label}, {problem.Message}");
            }

            if (school.Pupils < 0)
            {
                Add($"{nameof(input.Schools)}[{i}].Pupils", $"{label}, leerlingen: een heel getal van 0 of meer.");
            }
            else if (FieldRules.Count($"{label}, leerlingen", school.Pupils) is { } tooMany)
            {
                Add($"{nameof(input.Schools)}[{i}].Pupils", tooMany);
            }

            if (FieldRules.Name($"{label}, naam", school.Name) is { } hiddenInSchool)
            {
                Add($"{nameof(input.Schools)}[{i}].Name", hiddenInSchool);
            }

            // Two schools with one BRIN is a typing error even when another field of either is wrong too.
            var brin = school.Brin?.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
            if (!string.IsNullOrEmpty(brin) && problems.All(p => p.Field != "Brin") && !brins.TryAdd(brin, i))
            {
                Add($"{nameof(input.Schools)}[{i}].Brin", $"{label}, BRIN: {brin} staat al bij school {brins[brin] + 1}.");
            }
        }

        if (input.Processes is { } chosen)
        {
            var templates = knowledge.ProcessTemplates.Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (chosen.Count == 0)
            {
                Add(nameof(input.Processes), "Processen: kies minstens één proces.");
            }

            foreach (var unknown in chosen.Where(c => string.IsNullOrWhiteSpace(c.Key) || !templates.Contains(c.Key.Trim())))
            {
                Add(nameof(input.Processes), $"Processen: '{unknown.Key}' is geen proces uit de sjablonen; kies uit {string.Join(", ", templates)}.");
            }

            foreach (var twice in chosen.Where(c => c.Key is not null).GroupBy(c => c.Key!.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                Add(nameof(input.Processes), $"Processen: '{twice.Key}' staat er meer dan één keer in.");
            }
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>Stores a valid input as a new board with its schools and its own copy of the chosen process templates; returns the board.</summary>
    public static async Task<OrganisationEntity> CreateAsync(
        BoardInput input, RegieKnowledge knowledge, DatabaseSettings settings, string actor, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid();
        var organisation = new Organisation(new OrganisationId(id), input.Name!.Trim(), [.. input.Sectors.Distinct()], input.Pupils, input.Staff, IsDemo: false);
        var schools = input.Schools
            .Select(s => SchoolList.Read(s.Name, s.Brin, s.Sector, s.Pupils?.ToString(CultureInfo.InvariantCulture)).School
                ?? throw new ArgumentException("Validate the input first.", nameof(input)))
            .ToList();
        var board = new BoardLandscape(organisation, schools, Processes(input.Processes, knowledge.ProcessTemplates), [], [], [], []);

        await using var db = RegieDatabase.Create(settings, new FixedTenant(id, actor), time);
        var row = db.AddLandscape(board, []);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    /// <summary>The chosen templates in the templates' order, each with the essential flag as chosen; all of them when none are named.</summary>
    public static IReadOnlyList<Process> Processes(IReadOnlyList<ProcessChoice>? chosen, IReadOnlyList<Process> templates)
    {
        if (chosen is null)
        {
            return templates;
        }

        var byKey = chosen.Where(c => c.Key is not null).GroupBy(c => c.Key!.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return [.. templates.Where(t => byKey.ContainsKey(t.Id)).Select(t => t with { Essential = byKey[t.Id].Essential ?? t.Essential })];
    }
}
