using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Discovery.Boards;
using Regie.Web.Features.Boards;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Boards;

/// <summary>
/// A new board: its name, sectors, schools (one per line, the format of `regie init --schools`), size and the process templates
/// it starts with. <see cref="BoardSetup"/> checks and stores it, as for POST /api/v1/organisations; afterwards the switcher opens it.
/// </summary>
[Authorize(Policy = Policies.SystemAdministrator)]
public sealed class NewModel(RegieDbContext db, RegieKnowledge knowledge, DatabaseSettings settings, CurrentBoard board, TimeProvider time) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public List<Sector> Sectors { get; set; } = [];
    [BindProperty] public int? Pupils { get; set; }
    [BindProperty] public int? Staff { get; set; }
    [BindProperty] public string? SchoolsText { get; set; }
    [BindProperty] public List<string> UseProcesses { get; set; } = [];
    [BindProperty] public List<string> EssentialProcesses { get; set; } = [];

    public IReadOnlyList<Process> Templates => knowledge.ProcessTemplates;

    public void OnGet()
    {
        UseProcesses = [.. Templates.Select(p => p.Id)];
        EssentialProcesses = [.. Templates.Where(p => p.Essential).Select(p => p.Id)];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The number fields already refuse text in a browser; a hand-made request gets the same message as a negative number.
        ReplaceBindingError(nameof(Pupils), "Aantal leerlingen moet een heel getal van 0 of meer zijn.");
        ReplaceBindingError(nameof(Staff), "Aantal medewerkers moet een heel getal van 0 of meer zijn.");
        ReplaceBindingError(nameof(Sectors), "Sectoren: kies uit po, vo, so en mbo.");

        var schools = SchoolList.Parse((SchoolsText ?? "").Split('\n'), "Scholen");
        foreach (var error in schools.Errors)
        {
            ModelState.AddModelError(nameof(SchoolsText), error);
        }

        var input = new BoardInput
        {
            Name = Name,
            Sectors = Sectors,
            // Left empty, the board's pupils are its schools' together.
            Pupils = Pupils ?? schools.Schools.Sum(s => s.Pupils),
            Staff = Staff ?? 0,
            Schools = [.. schools.Schools.Select(s => new SchoolInput { Name = s.Name, Brin = s.Brin, Sector = s.Sector.ToString(), Pupils = s.Pupils })],
            Processes = [.. UseProcesses.Select(key => new ProcessChoice { Key = key, Essential = EssentialProcesses.Contains(key, StringComparer.OrdinalIgnoreCase) })],
        };
        foreach (var (field, messages) in await BoardSetup.ValidateAsync(input, knowledge, db, cancellationToken))
        {
            var key = field switch
            {
                _ when field.StartsWith(nameof(BoardInput.Schools), StringComparison.Ordinal) => nameof(SchoolsText),
                nameof(BoardInput.Processes) => nameof(UseProcesses),
                _ => field,
            };
            foreach (var message in messages)
            {
                ModelState.AddModelError(key, message);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var created = await BoardSetup.CreateAsync(input, knowledge, settings, board.Actor, time, cancellationToken);
        TenancyMiddleware.Remember(Response, created.Id);
        // The next step for a new board: its inventory, starting from the template on the import page.
        return Redirect("/import#template");
    }

    private void ReplaceBindingError(string key, string message)
    {
        if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            entry.Errors.Clear();
            entry.Errors.Add(message);
        }
    }
}
