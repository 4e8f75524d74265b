package org.cybersudoe.network.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;

import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.BudgetCheck;
import org.cybersudoe.network.BudgetLine;
import org.cybersudoe.network.Programme;
import org.cybersudoe.network.ProgrammeService;
import org.cybersudoe.network.WorkPackage;
import org.cybersudoe.network.internal.jpa.ProgrammeEntity;
import org.cybersudoe.network.internal.jpa.WorkPackageEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ProgrammeService.class)
public class ProgrammeServiceImpl implements ProgrammeService {

    private final NetworkDatabase db;

    @Activate
    public ProgrammeServiceImpl(@Reference NetworkDatabase db) {
        this.db = db;
    }

    @Override
    public List<Programme> list(Caller caller) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            Map<String, List<String>> copilots = copilots(em);
            return em.createQuery("SELECT p FROM ProgrammeEntity p ORDER BY p.code", ProgrammeEntity.class)
                    .getResultList().stream().map(p -> map(p, copilots)).toList();
        });
    }

    @Override
    public Programme get(Caller caller, String code) {
        caller.requireNetworkRead();
        return db.tx(em -> map(find(em, code), copilots(em)));
    }

    @Override
    public WorkPackage workPackage(Caller caller, String programmeCode, String workPackageCode) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            ProgrammeEntity p = find(em, programmeCode);
            Map<String, List<String>> copilots = copilots(em);
            return p.workPackages.stream().filter(w -> w.code.equals(workPackageCode)).findFirst()
                    .map(w -> map(w, copilots))
                    .orElseThrow(() -> new NotFoundException(
                            NetworkTexts.MESSAGES.text("error.not-found.work-package", programmeCode, workPackageCode)));
        });
    }

    static ProgrammeEntity find(EntityManager em, String code) {
        return em.createQuery("SELECT p FROM ProgrammeEntity p WHERE p.code = :c", ProgrammeEntity.class)
                .setParameter("c", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(NetworkTexts.MESSAGES.text("error.not-found.programme", code)));
    }

    /** Work-package code to the sorted codes of the structures that co-pilot it. */
    static Map<String, List<String>> copilots(EntityManager em) {
        Map<String, List<String>> map = new HashMap<>();
        em.createQuery("SELECT w, s.code FROM StructureEntity s JOIN s.workPackages w ORDER BY s.code", Object[].class)
                .getResultList().forEach(r -> map.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return map;
    }

    static Programme map(ProgrammeEntity p, Map<String, List<String>> copilots) {
        List<WorkPackage> wps = p.workPackages.stream().map(w -> map(w, copilots)).toList();
        BigDecimal sum = wps.stream().map(WorkPackage::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Programme(p.code, p.name.toText(), p.startsOn, p.endsOn, p.currency, p.note, wps,
                budgetCheck(p.statedTotal, sum, p.currency));
    }

    static WorkPackage map(WorkPackageEntity w, Map<String, List<String>> copilots) {
        List<BudgetLine> lines = w.budgetLines.stream().map(l -> new BudgetLine(l.label, l.amount)).toList();
        BigDecimal budget = lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new WorkPackage(w.code, w.name.toText(), lines, budget, copilots.getOrDefault(w.code, List.of()));
    }

    /** The stated total against the lines: the lines are the figures, a disagreeing total is reported. */
    public static BudgetCheck budgetCheck(BigDecimal stated, BigDecimal sumOfLines, String currency) {
        if (stated == null) {
            return new BudgetCheck(null, sumOfLines, BigDecimal.ZERO, true,
                    "No total is stated; the budget is the sum of the lines, " + money(sumOfLines, currency) + ".");
        }
        BigDecimal difference = stated.subtract(sumOfLines);
        boolean consistent = difference.signum() == 0;
        String message = consistent
                ? "The stated total " + money(stated, currency) + " equals the sum of the budget lines."
                : "The stated total " + money(stated, currency) + " differs from the sum of the budget lines "
                        + money(sumOfLines, currency) + " by " + money(difference, currency)
                        + "; figures use the sum of the lines.";
        return new BudgetCheck(stated, sumOfLines, difference, consistent, message);
    }

    static String money(BigDecimal amount, String currency) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(amount) + " " + (currency == null ? "EUR" : currency);
    }
}
