using System.Text.Json.Serialization;

namespace Imh.AspNetCore;

/// <summary>
/// RFC 9457 problem details of a rejected request, with one <c>errors</c> entry per JSON path of the
/// portfolio (<c>$.reflectiveSupervision[3].hours</c>) or per parameter (<c>asOf</c>, <c>level</c>).
/// </summary>
/// <param name="Type">A URI naming the kind of problem.</param>
/// <param name="Title">The kind of problem, for people.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">This occurrence, for people.</param>
/// <param name="Errors">The problems by JSON path or parameter name.</param>
public sealed record ImhProblemDetails(string Type, string Title, int Status, string Detail, Dictionary<string, List<ImhError>> Errors);

/// <summary>One problem at a JSON path of the request body (or with a parameter).</summary>
/// <param name="Message">What is wrong.</param>
/// <param name="Line">1-based line in the request body, when known.</param>
/// <param name="Column">1-based column (characters), when known.</param>
public sealed record ImhError(
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Column = null);

/// <summary>Source-generated serialization of the problem details.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ImhProblemDetails))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(string[]))] // the repeatable pace query parameter of /plan, described in OpenAPI
internal sealed partial class ImhJsonContext : JsonSerializerContext;
