using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Data;
using Regie.Web.Features.Procurement;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Procurement;

/// <summary>The board's tenders and a form to generate requirements for a catalog category.</summary>
public sealed class IndexModel(BoardAnalysis board, RegieDbContext db, TimeProvider time, UiText text) : PageModel
{
    public IReadOnlyList<TenderEntity> Tenders { get; private set; } = [];

    public IReadOnlyList<Category> Categories => board.Knowledge.Catalog.Categories;

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? Category { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (tender, errors) = await TenderStore.CreateAsync(db, board, Name, Category, time.GetUtcNow(), ct);
        if (tender is null)
        {
            foreach (var (field, messages) in errors)
            {
                ModelState.AddModelError(field == "name" ? nameof(Name) : nameof(Category), text[messages[0]]);
            }

            await LoadAsync(ct);
            return Page();
        }

        return RedirectToPage("Tender", new { id = tender.Id });
    }

    public string CategoryName(string id) => Categories.FirstOrDefault(c => c.Id == id)?.Name.In(text.Language) ?? id;

    private async Task LoadAsync(CancellationToken ct) =>
        Tenders = [.. (await db.Tenders.AsNoTracking().Include(t => t.Responses).ToListAsync(ct)).OrderByDescending(t => t.CreatedAt)];
}
