package nl.wmoregio.inkoop.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.inkoop.control.BediendeGemeenten;
import nl.wmoregio.inkoop.control.InkoopMapper;
import nl.wmoregio.inkoop.control.InkoopRepository;
import nl.wmoregio.inkoop.control.InkoopRules;
import nl.wmoregio.inkoop.entity.Aanbieder;
import nl.wmoregio.inkoop.entity.Contract;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;

/** Providers: registered and maintained by inkoop, read by everyone who works with them. */
@Stateless
@PermitAll
public class AanbiederService {

    static final Map<String, String> SORTEERBAAR = Map.of("naam", "a.naam", "kvkNummer", "a.kvkNummer", "status", "a.status");

    @Inject
    InkoopRepository repository;

    @Inject
    BediendeGemeenten bediendeGemeenten;

    @Inject
    AuditService audit;

    public Page<AanbiederView> zoek(AanbiederFilter filter, PageRequest page) {
        StringBuilder from = new StringBuilder("from Aanbieder a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.zoek() != null && !filter.zoek().isBlank()) {
            from.append(" and (lower(a.naam) like :zoek or a.kvkNummer like :zoek)");
            params.put("zoek", InkoopRepository.like(filter.zoek()));
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            from.append(" and a.status = :status");
            params.put("status", status(filter.status()));
        }
        if (Boolean.TRUE.equals(filter.gecontracteerd())) {
            from.append(" and exists (select c.id from Contract c where c.aanbieder = a and c.status = :actief)");
            params.put("actief", Contract.Status.ACTIEF);
        }
        List<Aanbieder> items = repository.page(Aanbieder.class, "a", from.toString(), params, page, SORTEERBAAR, "a.naam");
        Map<Long, Contract> contractPerAanbieder = repository.contractenVan(items.stream().map(Aanbieder::getId).toList());
        return new Page<>(items.stream().map(a -> InkoopMapper.view(a, contractPerAanbieder.get(a.getId()))).toList(),
                page.page(), page.size(), repository.count("a", from.toString(), params));
    }

    public AanbiederDetail get(long id) {
        Aanbieder aanbieder = repository.get(Aanbieder.class, id, "Aanbieder");
        Contract contract = repository.contractVan(aanbieder).orElse(null);
        return InkoopMapper.detail(aanbieder, contract, bediendeGemeenten::van);
    }

    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    public AanbiederDetail create(AanbiederInput input) {
        Aanbieder aanbieder = new Aanbieder(InkoopRules.tekst(input.naam(), "naam", "Naam", 200),
                InkoopRules.kvkNummer(input.kvkNummer()), InkoopRules.agbCode(input.agbCode()),
                Boolean.TRUE.equals(input.bwRecht2014()), Tijd.nuUtc());
        uniek(aanbieder.getKvkNummer(), aanbieder.getAgbCode(), null);
        if (input.status() != null) {
            aanbieder.wijzig(aanbieder.getNaam(), aanbieder.getKvkNummer(), aanbieder.getAgbCode(), status(input.status()),
                    aanbieder.isBwRecht2014(), Tijd.nuUtc());
        }
        vervangLijsten(aanbieder, input);
        repository.persist(aanbieder);
        repository.flush();
        audit.record("Aanbieder", aanbieder.getId(), "AANGEMAAKT", beschrijf(aanbieder), null);
        return get(aanbieder.getId());
    }

    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    public AanbiederDetail update(long id, long expectedVersion, AanbiederInput input) {
        Aanbieder aanbieder = repository.get(Aanbieder.class, id, "Aanbieder");
        Versies.controleer(aanbieder.getVersion(), expectedVersion, "Aanbieder " + aanbieder.getNaam());
        String naam = InkoopRules.tekst(input.naam(), "naam", "Naam", 200);
        String kvk = InkoopRules.kvkNummer(input.kvkNummer());
        String agb = InkoopRules.agbCode(input.agbCode());
        uniek(kvk, agb, id);
        String voor = beschrijf(aanbieder);
        aanbieder.wijzig(naam, kvk, agb, input.status() == null ? aanbieder.getStatus() : status(input.status()),
                input.bwRecht2014() == null ? aanbieder.isBwRecht2014() : input.bwRecht2014(), Tijd.nuUtc());
        vervangLijsten(aanbieder, input);
        Versies.flush(repository::flush, "Aanbieder " + aanbieder.getNaam(), aanbieder::getVersion);
        audit.record("Aanbieder", id, "GEWIJZIGD", voor + " -> " + beschrijf(aanbieder), null);
        return get(id);
    }

    private void vervangLijsten(Aanbieder aanbieder, AanbiederInput input) {
        if (input.locaties() != null) {
            aanbieder.getLocaties().clear();
            for (AanbiederDetail.LocatieView l : input.locaties()) {
                aanbieder.voegLocatieToe(InkoopRules.tekst(l.naam(), "locaties", "Naam van de locatie", 200),
                        InkoopRules.tekst(l.adres(), "locaties", "Adres", 200),
                        InkoopRules.tekst(l.postcode(), "locaties", "Postcode", 7),
                        InkoopRules.tekst(l.plaats(), "locaties", "Plaats", 100));
            }
        }
        if (input.contacten() != null) {
            aanbieder.getContacten().clear();
            for (AanbiederDetail.ContactView c : input.contacten()) {
                aanbieder.voegContactToe(InkoopRules.tekst(c.naam(), "contacten", "Naam van het contact", 200),
                        c.functie(), c.email(), c.telefoon());
            }
        }
    }

    private void uniek(String kvk, String agb, Long eigenId) {
        repository.aanbiederMetKvk(kvk).filter(a -> !a.getId().equals(eigenId)).ifPresent(a -> {
            throw new DomainException("KVK_BESTAAT", "kvkNummer", "KvK-nummer " + kvk + " hoort al bij " + a.getNaam());
        });
        if (agb != null) {
            repository.aanbiederMetAgb(agb).filter(a -> !a.getId().equals(eigenId)).ifPresent(a -> {
                throw new DomainException("AGB_BESTAAT", "agbCode", "AGB-code " + agb + " hoort al bij " + a.getNaam());
            });
        }
    }

    static Aanbieder.Status status(String raw) {
        try {
            return Aanbieder.Status.valueOf(raw.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new DomainException("STATUS_ONBEKEND", "status", "Status is ACTIEF of INACTIEF");
        }
    }

    private static String beschrijf(Aanbieder a) {
        return "naam=" + a.getNaam() + "; kvk=" + a.getKvkNummer() + "; agb=" + a.getAgbCode() + "; status=" + a.getStatus()
                + "; bwRecht2014=" + a.isBwRecht2014();
    }
}
