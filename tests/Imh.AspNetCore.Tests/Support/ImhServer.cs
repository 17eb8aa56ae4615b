using System.Reflection;
using Imh.Requirements;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Imh.AspNetCore.Tests.Support;

/// <summary>A real Kestrel server on a free loopback port, set up as README shows, with an HTTP client for it.</summary>
public sealed class ImhServer : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>A client whose base address is the server.</summary>
    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddImh().AddOpenApi();
        var app = builder.Build();
        app.MapImh(MiAimhCatalog.Instance);
        app.MapOpenApi();
        await app.StartAsync();
        _app = app;
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>POSTs a body as JSON.</summary>
    public Task<HttpResponseMessage> Post(string path, string json)
        => Client.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    /// <summary>POSTs a sample portfolio as it is on disk.</summary>
    public Task<HttpResponseMessage> PostSample(string path, string sample)
    {
        var content = new ByteArrayContent(File.ReadAllBytes(Repository.Sample(sample)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return Client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }
}

/// <summary>The samples in the source tree.</summary>
internal static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Sample(string name) => Path.Combine(Root, "samples", "portfolios", name);

    public static IEnumerable<string> Samples() => Directory.GetFiles(Path.Combine(Root, "samples", "portfolios"), "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);
}
