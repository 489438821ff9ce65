using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Regie.Core.Discovery;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features.Discovery;
using Regie.Web.Features.Import;
using Regie.Web.Features.Parties;
using Regie.Web.Features.Services;

namespace Regie.Web.Infrastructure;

public static class RegieServices
{
    /// <summary>
    /// The database: <c>--database PATH</c> (SQLite) or <c>--connection</c> (PostgreSQL), the same as the config keys
    /// Regie:Database / Regie:Connection (tests use those), else REGIE_DATABASE / REGIE_CONNECTION, else the default SQLite file.
    /// Resolved lazily so that settings a test host adds after CreateBuilder still count.
    /// </summary>
    public static WebApplicationBuilder AddRegieDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            return DatabaseSettings.FromArgsOrEnvironment(
                config["Regie:Database"] ?? config["database"],
                config["Regie:Connection"] ?? config["connection"]);
        });
        builder.Services.AddScoped<CurrentBoard>();
        builder.Services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<CurrentBoard>());
        builder.Services.AddScoped(sp => RegieDatabase.Create(sp.GetRequiredService<DatabaseSettings>(), sp.GetRequiredService<ITenantContext>()));
        builder.Services.AddScoped<BoardAnalysis>();
        builder.Services.AddScoped<AsOfSnapshot>();
        builder.Services.AddSingleton<BoardAnalysisCache>();
        builder.Services.AddScoped<ServiceEditor>();
        builder.Services.AddScoped<AnswerOverrides>();
        builder.Services.AddScoped<PartyEditor>();
        builder.Services.AddScoped<Features.Exports.ExportOperations>();
        builder.Services.AddScoped<DiscoveryRunner>();
        builder.Services.AddScoped<DiscoveryApprovals>();
        builder.Services.AddSingleton<RangeTableCache>();
        builder.Services.AddSingleton<Features.Observatory.SectorBoardListCache>();
        builder.Services.AddSingleton<Features.Sharing.SharedSector>();
        builder.Services.AddSingleton<ImportStaging>();
        builder.Services.AddSingleton(sp => new Regie.Reporting.PdfPrinter(sp.GetRequiredService<IConfiguration>()["Regie:Chromium"]));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Features.History.DailySnapshotSweep>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Features.History.DailySnapshotSweep>());
        return builder;
    }

    /// <summary>The catalog and scoring model, read and checked once at start-up; the catalog's vendor answers expire by the day (<see cref="KnowledgeOfTheDay"/>).</summary>
    public static WebApplicationBuilder AddRegieKnowledge(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp =>
        {
            var folder = DataFolder(sp);
            return new KnowledgeOfTheDay(KnowledgeLoader.Load(folder, Regie.Core.Knowledge.Loading.DataFolder.ParsedFilesFolder(folder)), sp.GetRequiredService<TimeProvider>());
        });
        // Transient: each request (and each service made for it) gets the day's knowledge, not the day the app started on.
        builder.Services.AddTransient(sp => sp.GetRequiredService<KnowledgeOfTheDay>().Today);
        builder.Services.AddSingleton(sp => SignatureLoader.Load(DataFolder(sp), sp.GetRequiredService<KnowledgeOfTheDay>().Released.Catalog));
        return builder;
    }

    private static string DataFolder(IServiceProvider services) =>
        Regie.Core.Knowledge.Loading.DataFolder.Locate(services.GetRequiredService<IConfiguration>()["Regie:Data"]);

    public static WebApplicationBuilder AddRegieWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<UiText>();
        builder.Services.AddRazorPages(o => o.Conventions.AddFolderApplicationModelConvention("/", PageAccess.RequireBoardUnlessNamed))
            .AddMvcOptions(o => o.Filters.Add<AsOfPageFilter>());
        builder.Services.AddSingleton<IConfigureOptions<MvcOptions>, BindingMessages>();
        // No client-side validator is loaded (the server validates every form and names the field in Dutch), so the
        // data-val-* attributes would only carry the framework's English messages into Dutch pages.
        builder.Services.Configure<MvcViewOptions>(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        builder.AddRegieSignIn();
        // Dutch text (ë, é, —, ×) stays as written in the HTML instead of numeric entities; HTML-special characters are still encoded.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.AddApiBadRequestProblems();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        // Request-by-request framework logs drown the app's own; warnings still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

        // Test output stays readable: the Testing environment logs warnings and errors only.
        builder.Services.AddOptions<LoggerFilterOptions>().Configure<IHostEnvironment>((options, env) =>
        {
            if (env.IsEnvironment("Testing"))
            {
                options.MinLevel = LogLevel.Warning;
                // Refusals are what many tests provoke; they capture security events with a provider of their own.
                options.Rules.Add(new LoggerFilterRule(null, SecurityEvents.Category, LogLevel.Error, null));
            }
        });
        return builder;
    }

    public static WebApplication UseRegieWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        // Pages get a friendly error page; the API answers with problem details (RFC 7807) itself.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), page => page.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        app.UseStaticFiles();
        app.UseApiBadRequestProblems();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<TenancyMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<AdministratorTwoFactor>();
        app.AnnounceSignIn();
        return app;
    }
}
