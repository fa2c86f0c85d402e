using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting;

public interface IFrostingStartup
{
    void Configure(IServiceCollection services);
}
