package org.opencontest.incubation;

/** How far a government body has taken the project up, as the team reports it in a check-in. */
public enum AdoptionStage {
    NONE, CONTACT, PILOT, MOU, PRODUCTION
}
