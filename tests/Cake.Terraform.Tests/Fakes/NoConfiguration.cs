using Cake.Core.Configuration;

namespace Cake.Terraform.Tests.Fakes;

public sealed class NoConfiguration : ICakeConfiguration
{
    public string? GetValue(string key) => null;
}
