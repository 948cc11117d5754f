package org.opencontest.shared.persistence;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Makes {@code spring.data.jpa.repositories.bootstrap-mode: lazy} (application-prod.yml) take effect under Spring AOT.
 * In lazy mode Spring Data marks the repository beans lazy and installs an autowire candidate resolver that injects a
 * proxy wherever a repository is injected, so a repository is created — and its queries parsed and validated — on
 * its first call. Spring AOT (the production image) replays the lazy bean definitions but not that resolver, so
 * every service created at start still created its repositories at start (checked: all 75 before "Started"). This
 * installs an equivalent resolver; without AOT it replaces Spring Data's own with the same behaviour.
 * See docs/performance.md, "Start-up".
 */
@Component
@ConditionalOnProperty(name = "spring.data.jpa.repositories.bootstrap-mode", havingValue = "lazy")
class LazyRepositoryInjection implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory instanceof DefaultListableBeanFactory factory) {
            factory.setAutowireCandidateResolver(new RepositoriesAsProxies());
        }
    }

    /** Injects a lazy-resolution proxy for every Spring Data repository, everything else as usual. */
    static class RepositoriesAsProxies extends ContextAnnotationAutowireCandidateResolver {

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            return super.isLazy(descriptor) || Repository.class.isAssignableFrom(descriptor.getDependencyType());
        }
    }
}
