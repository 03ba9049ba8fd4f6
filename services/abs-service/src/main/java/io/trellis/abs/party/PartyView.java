package io.trellis.abs.party;

import io.trellis.desk.party.PartyRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A party as this service needs to know it: where it is hosted (and its name and roles for the desk's answers). */
@Entity(name = PartyRow.ENTITY)
@Table(name = "party")
public class PartyView extends PartyRow {
}
