using Regie.Web.Features;
using Regie.Web.Features.Preferences;
using Regie.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddRegieDatabase();
builder.AddRegieKnowledge();
builder.AddRegieWeb();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseRegieWeb();
app.MapRegiePreferences();
app.MapRegieApi();
app.MapOpenApi().RequireAuthorization(Policies.SignedIn);
app.MapRazorPages();
app.Run();

public partial class Program;
