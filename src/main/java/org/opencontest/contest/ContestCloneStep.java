package org.opencontest.contest;

/**
 * A module's part of cloning a contest (the yearly contest): the contest module copies its own texts, tracks, prizes
 * and timeline, then asks every bean of this type to copy what its module keeps per contest (submission stages,
 * rubrics and rounds, dataset links, …), every instant moved with {@link ContestCopy#shift}. The contest module cannot
 * depend on those modules, so they contribute their step as a Spring bean. A step runs inside the clone's
 * transaction, after the caller was checked to organise the source contest; a failing step undoes the whole clone.
 */
public interface ContestCloneStep {

    void copy(ContestCopy copy);
}
