using Cake.Core.Configuration;

namespace Build.Tests.Terraform.Fakes;

public sealed class NoConfiguration : ICakeConfiguration
{
    public string? GetValue(string key) => null;
}
