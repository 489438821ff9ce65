using Microsoft.EntityFrameworkCore;
using Regie.Core.Knowledge;
using Regie.Data;

namespace Regie.Web.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>Brings the schema up to date and, on an empty database, creates the demo board so the first minute shows a full picture.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var knowledge = app.Services.GetRequiredService<RegieKnowledge>();
        app.Logger.LogInformation("Database: {Database}", settings);
        foreach (var loose in RegieDatabase.KeepSqliteFilesOwnerOnly(settings))
        {
            app.Logger.LogWarning("Het databasebestand {Path} is leesbaar voor anderen (modus {Mode}) en is niet van deze gebruiker, dus Regie kan dat niet "
                + "aanpassen. Maak het alleen voor de eigenaar leesbaar: chmod 600 {Path}", loose.Path, Convert.ToString((int)loose.Mode, 8), loose.Path);
        }

        await RegieDatabase.MigrateAsync(settings);

        await using var db = RegieDatabase.Create(settings, TenantContext.System);
        if (await SealedAuthenticatorKeys.SealStoredInClearAsync(db, app.Services.GetRequiredService<IAuthenticatorKeyProtector>()) is > 0 and var sealedKeys)
        {
            app.Logger.LogInformation("{Count} authenticator keys stored in clear are now sealed with the data-protection keys.", sealedKeys);
        }

        if (!await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AnyAsync())
        {
            await db.RunInTransactionAsync(() => DemoSeeder.SeedAsync(db, knowledge));
            app.Logger.LogInformation("Demo board created.");
        }
    }
}
