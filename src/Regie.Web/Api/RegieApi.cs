namespace Regie.Web.Api;

/// <summary>The REST API under /api/v1. The board comes from the X-Regie-Organisation header (see TenancyMiddleware).</summary>
public static class RegieApi
{
    public static IEndpointRouteBuilder MapRegieApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").DisableAntiforgery();
        api.MapOrganisationsApi();
        api.MapServicesApi();
        api.MapProcessesApi();
        api.MapPartiesApi();
        api.MapGraphApi();
        api.MapCatalogApi();
        api.MapLocalKnowledgeApi();
        api.MapDiscoveryApi();
        api.MapPlanningApi();
        api.MapExitPlansApi();
        api.MapProcurementApi();
        api.MapScenariosApi();
        return app;
    }

    /// <summary>A 404 with a body, so that nobody can tell another board's id from an id that does not exist.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden", detail: $"{what} bestaat niet bij dit bestuur.");
}
