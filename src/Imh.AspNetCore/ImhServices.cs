using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Imh.AspNetCore;

/// <summary>Registers what the endpoints of <see cref="ImhEndpoints.MapImh"/> need.</summary>
public static class ImhServices
{
    /// <summary>
    /// The source-generated type information of the report contract and the problem details (so an
    /// OpenAPI document describes them without reflection, in a Native AOT app too) and a
    /// <see cref="TimeProvider"/> for the default as-of date (the system clock unless one is registered).
    /// </summary>
    public static IServiceCollection AddImh(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.TypeInfoResolverChain.Add(Imh.Dsl.Reports.ReportJson.TypeInfo);
            options.SerializerOptions.TypeInfoResolverChain.Add(ImhJsonContext.Default);
        });
        return services;
    }
}
