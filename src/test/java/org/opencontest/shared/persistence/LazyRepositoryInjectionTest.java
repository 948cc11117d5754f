package org.opencontest.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.repository.Repository;

/** A lazily defined repository injected into an eager service is created on its first call, not at start. */
class LazyRepositoryInjectionTest {

    interface Notes extends Repository<Object, Long> {
        long count();
    }

    record NoteReader(Notes notes) {
    }

    private final AtomicInteger created = new AtomicInteger();

    @Test
    void theRepositoryIsCreatedOnItsFirstCall() {
        try (GenericApplicationContext context = context(true)) {
            NoteReader reader = context.getBean(NoteReader.class);
            assertThat(created).as("created at start").hasValue(0);

            assertThat(reader.notes().count()).isEqualTo(7);
            assertThat(reader.notes().count()).isEqualTo(7);
            assertThat(created).as("created once, on the first call").hasValue(1);
        }
    }

    @Test
    void withoutItTheEagerServiceCreatesTheRepositoryAtStart() {
        try (GenericApplicationContext context = context(false)) {
            assertThat(created).hasValue(1);
            assertThat(context.getBean(NoteReader.class).notes().count()).isEqualTo(7);
        }
    }

    private GenericApplicationContext context(boolean lazyInjection) {
        GenericApplicationContext context = new GenericApplicationContext();
        if (lazyInjection) {
            context.registerBean(LazyRepositoryInjection.class);
        }
        // as Spring Data defines repositories in lazy mode (and as AOT replays them): lazy-init bean definitions
        context.registerBean("notes", Notes.class, () -> {
            created.incrementAndGet();
            return () -> 7L;
        }, definition -> definition.setLazyInit(true));
        context.registerBean(NoteReader.class);
        context.refresh();
        return context;
    }
}
