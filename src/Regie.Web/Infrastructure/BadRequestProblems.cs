using System.Text.Json;

namespace Regie.Web.Infrastructure;

/// <summary>
/// A request body the API cannot read (text where a number belongs, an unknown enum value, broken JSON) gets the same
/// RFC 7807 answer as a validation error, naming the field, instead of an empty 400; a body that is not JSON at all
/// (a form, text) gets 415.
/// </summary>
public static class BadRequestProblems
{
    public static WebApplicationBuilder AddApiBadRequestProblems(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return builder;
    }

    public static WebApplication UseApiBadRequestProblems(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.Use(async (context, next) =>
        {
            try
            {
                await next(context);
                // A JSON endpoint sent a form, text or XML: the framework answers 415 without a body; say what it wants (ASVS 13.1.5).
                if (context.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType && !context.Response.HasStarted)
                {
                    await Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Verkeerd inhoudstype",
                        detail: "Deze aanvraag verwacht JSON: stuur de gegevens met Content-Type: application/json.").ExecuteAsync(context);
                }
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                var json = e.InnerException as JsonException;
                var field = json?.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
                var message = json is null ? "De aanvraag kon niet worden gelezen." : $"{field}: deze waarde heeft niet de juiste vorm.";
                context.Response.Clear();
                await TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
                    title: "De aanvraag is niet opgeslagen: controleer de velden.").ExecuteAsync(context);
            }
        }));
        return app;
    }
}
