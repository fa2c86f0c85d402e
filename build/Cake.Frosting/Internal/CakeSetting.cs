namespace Cake.Frosting.Internal;

internal sealed record CakeSetting(string Key, string Value);
